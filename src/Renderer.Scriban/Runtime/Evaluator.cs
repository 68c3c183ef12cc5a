using System.Runtime.CompilerServices;
using Renderer.Scriban.Parsing;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// Walks the syntax tree of a template against a <see cref="TemplateContext"/>. One per context;
/// holds the output, the current indent, the control-flow state and the pending pipe value.
/// </summary>
internal sealed partial class Evaluator
{
    private readonly TemplateContext _context;
    private OutputWriter _output = null!;
    private string? _indent;
    private FlowState _flow;
    private TemplateSource _source = new("<input>", string.Empty);
    private bool _outputEnabled = true;
    private Statement? _currentStatement;
    private int _depth;

    public Evaluator(TemplateContext context) => _context = context;

    /// <summary>Renders a template body into a string; a top-level <c>ret value</c> writes the value and stops.</summary>
    /// <param name="capacityHint">Expected output length (the previous render's), to size the buffer once.</param>
    public string Render(BlockStatement body, TemplateSource source, int capacityHint = 0)
    {
        var savedOutput = _output;
        var savedIndent = _indent;
        var savedSource = _source;
        using var output = new OutputWriter(Math.Max(capacityHint, source.Text.Length));
        _output = output;
        _indent = null;
        _source = source;
        try
        {
            var result = ExecuteBlock(body);
            if (_flow == FlowState.Return)
            {
                _flow = FlowState.None;
            }

            WriteValue(result);
            return _output.ToString();
        }
        finally
        {
            _flow = FlowState.None;
            _output = savedOutput;
            _indent = savedIndent;
            _source = savedSource;
        }
    }

    /// <summary>
    /// Runs a block with Scriban's indent bookkeeping: a code-enter tag sets the indent it carries,
    /// a code-exit tag restores the indent the block inherited. Expression values are written.
    /// </summary>
    private object? ExecuteBlock(BlockStatement block)
    {
        EnterDepth(block.Span);

        var statements = block.Statements;
        var inherited = _indent;
        var current = inherited;
        var autoIndent = _context.AutoIndent;
        object? result = null;
        try
        {
            for (var i = 0; i < statements.Length; i++)
            {
                var statement = statements[i];
                if (statement.Kind == StatementKind.Tag)
                {
                    if (autoIndent)
                    {
                        var tag = (TagStatement)statement;
                        current = tag.IsEnter ? tag.Indent : inherited;
                    }

                    _indent = current;
                    continue;
                }

                _indent = current;
                _currentStatement = statement;
                result = ExecuteStatement(statement);
                if (result is not null && _flow != FlowState.Return && _outputEnabled)
                {
                    WriteValue(result);
                    result = null;
                }

                if (_flow != FlowState.None)
                {
                    break;
                }
            }
        }
        finally
        {
            _indent = inherited;
            _depth--;
        }

        return result;
    }

    /// <summary>
    /// Guards the native stack for blocks and function calls (recursion with RecursiveLimit = 0 must
    /// end in an error, not a crash). Checking is cheap but not free: only once nesting is deep.
    /// </summary>
    private void EnterDepth(SourceSpan span)
    {
        if (++_depth > 64 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            throw new ScriptRuntimeException(span, "The template is nested too deeply to be evaluated.");
        }
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string s when _context.LimitToString <= 0 || s.Length < _context.LimitToString:
                _output.Write(s, _indent);
                return;
            case int number:
                _output.Write(number, _indent);
                return;
        }

        string text;
        try
        {
            text = _context.ToText(value);
        }
        catch (InvalidOperationException ex)
        {
            throw new ScriptRuntimeException(_currentStatement?.Span ?? default, ex.Message, ex);
        }

        _output.Write(text, _indent);
    }

    private void WriteRaw(string text) => _output.Write(text, _indent);

    private string TextOf(SourceSpan span) => _source.Slice(span);

    private string TextOf(SyntaxNode node) => _source.Slice(node.Span);
}
