namespace Renderer.ConsulSimulator.Http;

/// <summary>A registered endpoint. Like Go's ServeMux, a pattern ending in "/" matches the whole subtree.</summary>
internal sealed record ConsulRoute(string Pattern, IReadOnlyList<string> Methods, Func<ConsulRequest, Task> Handler)
{
    public bool IsSubtree => Pattern.EndsWith('/');

    public bool Matches(string path) => IsSubtree ? path.StartsWith(Pattern, StringComparison.Ordinal) : path == Pattern;
}
