namespace Renderer.ConsulSimulator.Filtering;

/// <summary>A lexical token of a filter expression; <see cref="Offset"/> is 0-based.</summary>
internal sealed record FilterToken(FilterTokenKind Kind, string Text, int Offset)
{
    public bool IsKeyword(string keyword) => Kind == FilterTokenKind.Identifier && Text == keyword;
}
