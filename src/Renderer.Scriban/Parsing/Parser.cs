using System.Runtime.CompilerServices;
using Renderer.Scriban.Diagnostics;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

/// <summary>
/// Recursive-descent parser producing an immutable syntax tree. Never throws for bad input: every
/// problem becomes a diagnostic (parser messages first, then the lexer's, as Scriban orders them).
/// Nesting is capped so that deeply nested input fails with a positioned error instead of
/// overflowing the stack.
/// </summary>
public sealed partial class Parser
{
    /// <summary>Maximum nesting of expressions and blocks (Scriban's statement depth limit).</summary>
    public const int MaxDepth = 250;

    private readonly string _text;
    private readonly string _sourceName;
    private readonly bool _scriptOnly;
    private readonly List<Token> _tokens;
    private readonly IReadOnlyList<Diagnostic> _lexerErrors;
    private readonly DiagnosticBag _diagnostics = new();
    private int _index;
    private Token _current;
    private Token _previous;
    private int _allowNewLineLevel;
    private int _expressionLevel;
    private int _depth;
    private bool _inCode;
    private bool _fatal;
    private List<Statement> _currentStatements = [];
    private Statement? _inlineFunction;

    public Parser(string text, string sourceName, bool scriptOnly = false, TextPosition? start = null, int? end = null)
    {
        _text = text;
        _sourceName = sourceName;
        _scriptOnly = scriptOnly;
        var lexer = new Lexer(text, sourceName, scriptOnly, start, end);
        _tokens = lexer.Tokenize();
        _lexerErrors = lexer.Errors;
        _inCode = scriptOnly;
        _current = _tokens[0];
        _previous = _current;
        SkipHiddenTokens();
    }

    /// <summary>Parses the whole template.</summary>
    public ParseResult Parse()
    {
        var body = ParseBlock(new BlockOwner(BlockOwnerKind.Page, SyntaxDescription.Page));
        foreach (var error in _lexerErrors)
        {
            _diagnostics.Error(error.Span, error.Message);
        }

        return new ParseResult(body, _diagnostics.Items);
    }

    /// <summary>Parses a single expression (an interpolation hole); null when it has errors.</summary>
    internal Expression? ParseStandaloneExpression(List<Diagnostic> errors)
    {
        var expression = IsStartOfExpression() ? ParseExpression(ExpressionContext.Default) : null;
        if (expression is null || _current.Kind != TokenKind.Eof)
        {
            LogError(_current, $"Unexpected token `{TextOf(_current)}` in interpolated expression");
        }

        errors.AddRange(_diagnostics.Items);
        errors.AddRange(_lexerErrors);
        return expression;
    }

    private Token Current => _current;

    private void NextToken()
    {
        _previous = _current;
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        _current = _tokens[_index];
        SkipHiddenTokens();
    }

    private void SkipHiddenTokens()
    {
        while (_allowNewLineLevel > 0 && _current.Kind == TokenKind.NewLine && _index < _tokens.Count - 1)
        {
            _index++;
            _current = _tokens[_index];
        }
    }

    /// <summary>The token after the current one (newlines are hidden inside brackets).</summary>
    private Token PeekToken()
    {
        for (var i = _index + 1; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            if (!(_allowNewLineLevel > 0 && token.Kind == TokenKind.NewLine))
            {
                return token;
            }
        }

        return _tokens[^1];
    }

    /// <summary>A token as quoted in messages: line breaks and tabs shown escaped (<c>\n</c>).</summary>
    private string TextOf(Token token)
    {
        var text = token.GetText(_text);
        return text.AsSpan().IndexOfAny('\n', '\r', '\t') < 0
            ? text
            : text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
    }

    private bool IsIdentifier(Token token, string text)
        => token.Kind == TokenKind.Identifier && token.Length == text.Length
            && string.CompareOrdinal(_text, token.Start.Offset, text, 0, text.Length) == 0;

    private bool IsPreviousCharWhitespace()
    {
        var position = _current.Start.Offset - 1;
        return position >= 0 && char.IsWhiteSpace(_text[position]);
    }

    private SourceSpan SpanOf(Token token) => new(_sourceName, token.Start, token.End);

    private SourceSpan SpanFrom(TextPosition start) => new(_sourceName, start, _previous.End);

    private void LogError(Token token, string message) => _diagnostics.Error(SpanOf(token), message);

    private void LogError(SourceSpan span, string message) => _diagnostics.Error(span, message);

    /// <summary>Scriban's construct-specific wording: <c>Error while parsing X: message in: example</c>.</summary>
    private void LogError(SyntaxDescription syntax, SourceSpan span, string message)
    {
        var inText = message.EndsWith("after", StringComparison.Ordinal) ? string.Empty : " in";
        _diagnostics.Error(span, $"Error while parsing {syntax.Name}: {message}{inText}: {syntax.Example}");
    }

    private void LogFatal(SourceSpan span, string message)
    {
        _diagnostics.Error(span, message);
        _fatal = true;
    }

    /// <summary>Guards recursion: past <see cref="MaxDepth"/> (or a nearly full stack) parsing stops with an error.</summary>
    private bool EnterDepth()
    {
        _depth++;
        if (_fatal)
        {
            return false;
        }

        if (_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            LogFatal(SpanOf(_previous), $"The statement depth limit `{MaxDepth}` was reached when parsing this statement");
            return false;
        }

        return true;
    }

    private void LeaveDepth() => _depth--;
}
