using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

internal sealed partial class Evaluator
{
    /// <summary>
    /// Runs a template function. A simple function gets a fresh <c>$</c> scope and writes plain
    /// names to the caller's global object; a function with parameters also gets a function scope
    /// holding the parameters and the new names it assigns (§3.8).
    /// </summary>
    public object? InvokeUserFunction(ScriptFunctionValue function, FunctionCall call)
    {
        var declaration = function.Declaration;
        var parameters = declaration.Parameters;
        var frame = new LocalFrame
        {
            Arguments = CreateArgumentArray(function, call),
            BlockDelegate = _pendingBlockForInvoke,
            FunctionScope = parameters is null ? null : BindParameters(parameters, call),
        };
        _pendingBlockForInvoke = null;
        EnterDepth(call.Span);
        _context.PushLocal(frame);
        var savedSource = _source;
        var (savedHas, savedValue) = (_hasPipe, _pipeValue);
        _hasPipe = false;
        _source = function.Source;
        try
        {
            return declaration.Body is ExpressionStatement expression
                ? Evaluate(expression.Expression)
                : ExecuteBlock((BlockStatement)declaration.Body);
        }
        finally
        {
            _flow = FlowState.None;
            _source = savedSource;
            (_hasPipe, _pipeValue) = (savedHas, savedValue);
            _context.PopLocal();
            _depth--;
        }
    }

    private static ScriptArray CreateArgumentArray(ScriptFunctionValue function, FunctionCall call)
    {
        var arguments = new ScriptArray(call.Count);
        for (var i = 0; i < call.Count; i++)
        {
            arguments.Add(call.Arguments[i]);
        }

        if (function.IsSimple && call.NamedArguments.Count > 0)
        {
            var members = arguments.GetOrCreateMembers();
            foreach (var pair in call.NamedArguments)
            {
                members[pair.Key] = pair.Value;
            }
        }

        return arguments;
    }

    private static ScriptObject BindParameters(Parameter[] parameters, FunctionCall call)
    {
        var scope = new ScriptObject(parameters.Length);
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (parameter.IsVariadic)
            {
                var rest = new ScriptArray();
                for (var j = i; j < call.Count; j++)
                {
                    rest.Add(call.Arguments[j]);
                }

                scope[parameter.Name] = rest;
            }
            else
            {
                scope[parameter.Name] = call.HasArgument(i) ? call.Arguments[i] : parameter.DefaultValue;
            }
        }

        return scope;
    }

    /// <summary><c>wrap f args … end</c>: calls f with the body available as <c>$$</c>.</summary>
    private object? ExecuteWrap(WrapStatement statement)
    {
        _pendingBlock = new BlockDelegate(statement.Body, _source);
        try
        {
            return Evaluate(statement.Target);
        }
        finally
        {
            _pendingBlock = null;
        }
    }

    private object? ExecuteBlockDelegate(Expression expression)
    {
        if (_context.CurrentLocal.BlockDelegate is not BlockDelegate block)
        {
            throw new ScriptRuntimeException(expression.Span, "The block delegate `$$` is only available inside a function called by `wrap`.");
        }

        var savedSource = _source;
        _source = block.Source;
        try
        {
            return ExecuteBlock(block.Body);
        }
        finally
        {
            _source = savedSource;
        }
    }
}
