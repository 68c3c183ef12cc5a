namespace Renderer.Scriban.Runtime;

/// <summary>
/// A callable value. The engine checks the argument count against <see cref="MinArgs"/> and
/// <see cref="MaxArgs"/> and maps named arguments to positions through <see cref="ParameterNames"/>
/// before calling <see cref="Invoke"/>.
/// </summary>
public interface IScriptFunction
{
    /// <summary>The name used in error messages (<c>array.cycle</c>).</summary>
    string Name { get; }

    int MinArgs { get; }

    /// <summary>Maximum positional arguments; -1 for no limit.</summary>
    int MaxArgs { get; }

    /// <summary>Parameter names by position (for named arguments); empty when the function takes none by name.</summary>
    IReadOnlyList<string> ParameterNames { get; }

    object? Invoke(FunctionCall call);
}
