namespace Renderer.ConsulSimulator.Filtering;

/// <summary>go-bexpr's matching operators, positive forms; negation is a flag on the match.</summary>
internal enum MatchOperator
{
    Equal,
    NotEqual,
    IsEmpty,
    IsNotEmpty,
    Contains,
    NotContains,
    Matches,
    NotMatches,
}
