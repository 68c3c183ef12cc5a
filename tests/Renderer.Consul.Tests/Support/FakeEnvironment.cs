namespace Renderer.Consul.Tests.Support;

/// <summary>An environment made of the given variables only.</summary>
public static class FakeEnvironment
{
    public static Func<string, string?> Of(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => map.GetValueOrDefault(name);
    }
}
