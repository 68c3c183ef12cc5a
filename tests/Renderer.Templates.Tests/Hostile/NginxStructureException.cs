namespace Renderer.Templates.Tests.Hostile;

/// <summary>The text is not a well-formed nginx configuration (nginx itself would refuse to read it).</summary>
internal sealed class NginxStructureException(string message) : Exception(message);
