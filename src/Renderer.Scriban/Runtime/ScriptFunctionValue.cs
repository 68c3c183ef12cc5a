using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

/// <summary>A function defined by the template (<c>func</c>, <c>name(x) = …</c> or <c>do … end</c>).</summary>
internal sealed class ScriptFunctionValue : IScriptFunction
{
    private readonly string[] _parameterNames;

    public ScriptFunctionValue(FunctionDeclaration declaration, TemplateSource source)
    {
        Declaration = declaration;
        Source = source;
        _parameterNames = declaration.Parameters is null ? [] : Array.ConvertAll(declaration.Parameters, static p => p.Name);
    }

    public FunctionDeclaration Declaration { get; }

    public TemplateSource Source { get; }

    public string Name => Declaration.Name ?? "do";

    /// <summary>A function without a parameter list: arguments only through <c>$</c>, named ones as <c>$.name</c>.</summary>
    public bool IsSimple => Declaration.Parameters is null;

    public int MinArgs => IsSimple ? 0 : Declaration.RequiredCount;

    public int MaxArgs => IsSimple || Declaration.IsVariadic ? -1 : _parameterNames.Length;

    public IReadOnlyList<string> ParameterNames => _parameterNames;

    public object? Invoke(FunctionCall call) => call.Context.Evaluator.InvokeUserFunction(this, call);

    public override string ToString() => "<function>";
}
