using System.Text.Json;

namespace Renderer.ConsulSimulator.Filtering;

/// <summary>
/// A filter checked against an endpoint's schema (unknown selectors and bad operator/value pairs fail
/// up front, as go-bexpr's <c>CreateFilter</c> does) and evaluated on each result element's JSON.
/// </summary>
internal sealed class CompiledFilter
{
    private readonly Func<JsonElement, bool> _predicate;

    private CompiledFilter(Func<JsonElement, bool> predicate) => _predicate = predicate;

    /// <summary>Compiles a filter; null for an empty one.</summary>
    /// <exception cref="FilterException">Invalid (Consul's 500) or outside the supported subset (400).</exception>
    public static CompiledFilter? Create(string text, FilterType schema)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return new CompiledFilter(Compile(FilterParser.Parse(text), schema));
    }

    public bool Matches(JsonElement element) => _predicate(element);

    private static Func<JsonElement, bool> Compile(FilterExpression expression, FilterType schema)
    {
        switch (expression)
        {
            case AndExpression and:
                var (andLeft, andRight) = (Compile(and.Left, schema), Compile(and.Right, schema));
                return e => andLeft(e) && andRight(e);
            case OrExpression or:
                var (orLeft, orRight) = (Compile(or.Left, schema), Compile(or.Right, schema));
                return e => orLeft(e) || orRight(e);
            case NotExpression not:
                var inner = Compile(not.Inner, schema);
                return e => !inner(e);
            case MatchExpression match:
                return CompileMatch(match, schema);
            default:
                throw new InvalidOperationException($"Unknown filter node {expression.GetType().Name}.");
        }
    }

    private static Func<JsonElement, bool> CompileMatch(MatchExpression match, FilterType schema)
    {
        var (steps, leafType) = SelectorPath.Resolve(match.Selector, match.SelectorText, schema);
        var (positive, negated) = match.Operator switch
        {
            MatchOperator.NotEqual => (MatchOperator.Equal, true),
            MatchOperator.IsNotEmpty => (MatchOperator.IsEmpty, true),
            MatchOperator.NotContains => (MatchOperator.Contains, true),
            MatchOperator.NotMatches => (MatchOperator.Matches, true),
            var other => (other, false),
        };
        var leaf = LeafMatcher.Create(positive, leafType, match.Value, match.SelectorText);
        return element =>
        {
            var result = SelectorPath.Evaluate(element, steps, 0, leaf);
            return negated ? !result : result;
        };
    }
}
