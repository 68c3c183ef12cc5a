namespace Renderer.Core.Watching.Feeds;

/// <summary>One instance of a watched service as its last read returned it: where it runs, and its row's ModifyIndex.</summary>
internal readonly record struct ServiceRow(string Node, string Id, ulong ModifyIndex);
