namespace Renderer.Core.Watching.Feeds;

/// <summary>One check that appeared, changed or disappeared between two answers of a check feed.</summary>
/// <param name="Node">The check's node.</param>
/// <param name="ServiceName">The service it belongs to; empty for a node check (which concerns every service on the node).</param>
/// <param name="ModifyIndex">The Raft index of the change for a check that appeared or changed; 0 for one that disappeared (the index of a deletion is not in any answer).</param>
internal readonly record struct CheckChange(string Node, string ServiceName, ulong ModifyIndex)
{
    public bool IsNodeCheck => ServiceName.Length == 0;

    public bool IsRemoval => ModifyIndex == 0;
}
