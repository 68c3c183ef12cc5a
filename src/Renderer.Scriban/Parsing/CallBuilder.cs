using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

/// <summary>Collects the arguments of a juxtaposition call <c>f a b c</c> as they are parsed.</summary>
internal sealed class CallBuilder(Expression target)
{
    private readonly List<Expression> _arguments = [];

    public Expression Target { get; } = target;

    public void Add(Expression argument) => _arguments.Add(argument);

    /// <summary>Adds the last argument and builds the call.</summary>
    public FunctionCallExpression Close(Expression lastArgument, TextPosition end)
    {
        _arguments.Add(lastArgument);
        return Build(end);
    }

    public FunctionCallExpression Build(TextPosition end)
    {
        var span = Target.Span with { End = end };
        return new FunctionCallExpression(span, Target, [.. _arguments], false);
    }
}
