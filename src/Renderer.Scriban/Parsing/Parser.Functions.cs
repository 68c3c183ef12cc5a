using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    private FunctionStatement ParseFunctionStatement()
    {
        var function = ParseFunction(isAnonymous: false);
        return new FunctionStatement(function.Span, function);
    }

    /// <summary><c>func name[(params)] … end</c> or <c>do[(params)] … end</c>.</summary>
    private FunctionDeclaration ParseFunction(bool isAnonymous)
    {
        var start = _current.Start;
        var savedLevel = _expressionLevel;
        _expressionLevel = 0;
        try
        {
            var syntax = isAnonymous ? SyntaxDescription.AnonymousFunction : SyntaxDescription.Function;
            ConsumeKeyword();
            VariableExpression? name = null;
            if (!isAnonymous)
            {
                name = ExpectAndParseVariable(syntax);
            }

            var parameters = _current.Kind == TokenKind.OpenParen ? ParseParameters(syntax) : null;
            ExpectEndOfStatement();
            var owner = new BlockOwner(isAnonymous ? BlockOwnerKind.AnonymousFunction : BlockOwnerKind.Function, syntax);
            var body = ParseBlock(owner, expectEndOfStatementAfterEnd: !isAnonymous);
            return CreateFunction(SpanFrom(start), name, parameters, body);
        }
        finally
        {
            _expressionLevel = savedLevel;
        }
    }

    private static FunctionDeclaration CreateFunction(SourceSpan span, VariableExpression? name, Parameter[]? parameters, Statement body)
    {
        var required = 0;
        var variadic = false;
        if (parameters is not null)
        {
            foreach (var parameter in parameters)
            {
                variadic |= parameter.IsVariadic;
                if (!parameter.HasDefault && !parameter.IsVariadic)
                {
                    required++;
                }
            }
        }

        return new FunctionDeclaration(span, name?.Name, name?.Scope ?? VariableScope.Global, parameters, body)
        {
            RequiredCount = required,
            IsVariadic = variadic,
        };
    }

    private Parameter[] ParseParameters(SyntaxDescription syntax)
    {
        NextToken(); // (
        var parameters = new List<Parameter>();
        bool hasVariadic = false, hasOptional = false, closed = false, first = true;
        while (!_fatal)
        {
            if (_current.Kind == TokenKind.CloseParen)
            {
                NextToken();
                closed = true;
                break;
            }

            if (!first)
            {
                if (_current.Kind == TokenKind.Comma)
                {
                    NextToken();
                }
                else
                {
                    LogError(_current, "Expecting a comma to separate arguments in a function call.");
                }
            }

            first = false;
            if (!IsStartOfExpression())
            {
                LogError(_current, "Expecting an expression for argument function calls instead of this token.");
                break;
            }

            var parameter = ParseParameter(syntax, ref hasVariadic, ref hasOptional);
            if (parameter is null)
            {
                break;
            }

            parameters.Add(parameter);
        }

        if (!closed)
        {
            LogError(_current, "Expecting a closing parenthesis for a function call.");
        }

        return [.. parameters];
    }

    private Parameter? ParseParameter(SyntaxDescription syntax, ref bool hasVariadic, ref bool hasOptional)
    {
        var start = _current.Start;
        var name = ExpectAndParseVariable(syntax);
        if (name is null)
        {
            return null;
        }

        if (name.Scope != VariableScope.Global)
        {
            LogError(name.Span, "Expecting only a simple name parameter for a function");
        }

        if (_current.Kind == TokenKind.Equal)
        {
            if (hasVariadic)
            {
                LogError(name.Span, "Cannot declare an optional parameter after a variable parameter (`...`).");
            }

            hasOptional = true;
            NextToken();
            var value = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.Parameter));
            if (value is not LiteralExpression literal)
            {
                LogError(name.Span, "Expecting only a literal for an optional parameter value.");
                return new Parameter(SpanFrom(start), name.Name, true, null, false);
            }

            return new Parameter(SpanFrom(start), name.Name, true, literal.Value, false);
        }

        if (_current.Kind == TokenKind.TripleDot)
        {
            if (hasVariadic)
            {
                LogError(name.Span, "Cannot declare multiple variable parameters.");
            }

            hasVariadic = true;
            hasOptional = true;
            NextToken();
            return new Parameter(SpanFrom(start), name.Name, false, null, true);
        }

        if (hasOptional)
        {
            LogError(name.Span, "Cannot declare a normal parameter after an optional parameter.");
        }

        return new Parameter(SpanFrom(start), name.Name, false, null, false);
    }

    private VariableExpression? ExpectAndParseVariable(SyntaxDescription syntax)
    {
        if (_current.Kind is TokenKind.Identifier or TokenKind.IdentifierSpecial)
        {
            var start = _current;
            var expression = ParseVariable();
            if (expression is VariableExpression variable)
            {
                return variable;
            }

            LogError(syntax, SpanOf(start), $"Unexpected variable `{TextOf(start)}`");
            return null;
        }

        LogError(syntax, SpanOf(_current), $"Expecting a variable instead of `{TextOf(_current)}`");
        return null;
    }

    /// <summary><c>name(a, b) = expr</c>: an explicit call whose arguments are all plain names, followed by <c>=</c>.</summary>
    private bool TryParseInlineFunction(Expression left, bool allowAssignment)
    {
        if (_current.Kind != TokenKind.Equal
            || left is not FunctionCallExpression { IsExplicit: true, Target: VariableExpression { Scope: VariableScope.Global } name } call
            || !Array.TrueForAll(call.Arguments, static a => a is VariableExpression { Scope: VariableScope.Global }))
        {
            return false;
        }

        if (_expressionLevel > 1 || !allowAssignment)
        {
            LogError(SyntaxDescription.FunctionCall, call.Span, "Creating a function is only allowed for a top level assignment");
        }

        NextToken(); // =
        var parameters = Array.ConvertAll(call.Arguments, static a => new Parameter(a.Span, ((VariableExpression)a).Name, false, null, false));
        var bodyStart = _current.Start;
        var value = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.ExpressionStatement, IsExpressionStatement: true));
        ExpectEndOfStatement();
        var body = new ExpressionStatement(SpanFrom(bodyStart), value ?? NullLiteral());
        var function = CreateFunction(new SourceSpan(_sourceName, call.Span.Start, body.Span.End), name, parameters, body);
        _inlineFunction = new FunctionStatement(function.Span, function);
        return true;
    }
}
