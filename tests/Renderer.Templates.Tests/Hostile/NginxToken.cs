namespace Renderer.Templates.Tests.Hostile;

/// <summary>One token of an nginx configuration, with the 1-based line it starts on.</summary>
internal readonly record struct NginxToken(NginxTokenKind Kind, string Text, int Line);
