using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Tests.Unit.Parsing;

public sealed class LexerTests
{
    private static List<(TokenKind Kind, string Text)> Lex(string text)
    {
        var lexer = new Lexer(text, "t");
        return lexer.Tokenize().Select(t => (t.Kind, t.GetText(text))).ToList();
    }

    [Fact]
    public void Raw_text_and_code_become_separate_tokens()
    {
        var tokens = Lex("a{{ x }}b");

        Assert.Equal(
            [(TokenKind.Raw, "a"), (TokenKind.CodeEnter, "{{"), (TokenKind.Identifier, "x"), (TokenKind.CodeExit, "}}"), (TokenKind.Raw, "b"), (TokenKind.Eof, "<EOF>")],
            tokens);
    }

    [Fact]
    public void Greedy_left_marker_strips_all_whitespace_before_the_tag()
    {
        var tokens = Lex("a \n \t{{- x }}");

        Assert.Equal((TokenKind.Raw, "a"), tokens[0]);
    }

    [Fact]
    public void Tilde_left_marker_keeps_the_line_break()
    {
        var tokens = Lex("a\r\n  {{~ x }}");

        Assert.Equal((TokenKind.Raw, "a\r\n"), tokens[0]);
    }

    [Fact]
    public void Tilde_right_marker_eats_up_to_and_including_the_first_newline()
    {
        var tokens = Lex("{{ x ~}}  \n\nb");

        Assert.Equal((TokenKind.Raw, "\nb"), tokens[^2]);
    }

    [Fact]
    public void Raw_text_emptied_by_markers_produces_no_token()
    {
        var tokens = Lex("{{ x -}}  \n  {{- y }}");

        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Raw);
    }

    [Fact]
    public void Escape_block_content_is_never_trimmed()
    {
        var tokens = Lex("{%%{- a }%} b -}%%}");

        Assert.Contains((TokenKind.EscapeRaw, " a }%} b "), tokens);
    }

    [Fact]
    public void A_newline_token_swallows_the_blank_lines_and_indentation_after_it()
    {
        var tokens = Lex("{{ a\n\n   b }}");

        Assert.Contains((TokenKind.NewLine, "\n\n   "), tokens);
    }

    [Fact]
    public void A_comment_stops_before_a_code_exit()
    {
        var tokens = Lex("{{ x # note -}}  y");

        Assert.Equal([TokenKind.CodeEnter, TokenKind.Identifier, TokenKind.CodeExit, TokenKind.Raw, TokenKind.Eof], tokens.Select(t => t.Kind));
        Assert.Equal("y", tokens[3].Text);
    }

    [Fact]
    public void A_range_after_an_integer_is_not_a_float()
    {
        var tokens = Lex("{{ 1..5 }}");

        Assert.Equal([TokenKind.Integer, TokenKind.DoubleDot, TokenKind.Integer], tokens.Skip(1).Take(3).Select(t => t.Kind));
    }

    [Fact]
    public void Braces_inside_code_are_counted_so_an_object_literal_can_end_with_double_brace()
    {
        var tokens = Lex("{{ {a: {b: 1}} }}");

        Assert.Equal(2, tokens.Count(t => t.Kind == TokenKind.CloseBrace));
        Assert.Single(tokens, t => t.Kind == TokenKind.CodeExit);
    }

    [Fact]
    public void An_unknown_string_escape_is_reported_at_the_escaped_character()
    {
        var lexer = new Lexer("{{ 'a\\qb' }}", "t");
        lexer.Tokenize();

        var error = Assert.Single(lexer.Errors);
        Assert.Equal("t(1,7) : error : Unexpected escape character `q` in string. Only 0 ' \\ \" b f n r t v u0000-uFFFF x00-xFF are allowed", error.ToString());
    }

    [Fact]
    public void Positions_count_lines_and_columns_from_one()
    {
        var lexer = new Lexer("ab\r\n{{ x }}", "t");
        var identifier = lexer.Tokenize().Single(t => t.Kind == TokenKind.Identifier);

        Assert.Equal(new TextPosition(7, 2, 4), identifier.Start);
    }
}
