using System.Collections;
using Renderer.Scriban.Parsing;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

internal sealed partial class Evaluator
{
    private bool _hasPipe;
    private object? _pipeValue;
    private SourceSpan _pipeSpan;
    private BlockDelegate? _pendingBlock;

    /// <summary><c>from | to</c>: the first call made while evaluating <c>to</c> takes <c>from</c> as its first argument.</summary>
    private object? EvaluatePipe(PipeExpression pipe)
    {
        var from = Evaluate(pipe.From);
        var (savedHas, savedValue, savedSpan) = (_hasPipe, _pipeValue, _pipeSpan);
        _hasPipe = true;
        _pipeValue = from;
        _pipeSpan = pipe.From.Span;
        try
        {
            var result = Evaluate(pipe.To);
            if (_hasPipe)
            {
                throw new ScriptRuntimeException(pipe.To.Span, $"Pipe expression destination `{TextOf(pipe.To)}` is not a valid function ");
            }

            return result;
        }
        finally
        {
            (_hasPipe, _pipeValue, _pipeSpan) = (savedHas, savedValue, savedSpan);
        }
    }

    /// <summary>A function value reached by name is called without arguments (<c>date.now</c>, <c>{{ f }}</c>).</summary>
    private object? AutoCall(Expression expression, object? value)
    {
        // Common values first: exact type checks are much cheaper than the interface check.
        if (value is null or string or int or ScriptArray || value.GetType() == typeof(ScriptObject))
        {
            return value;
        }

        return value is IScriptFunction function
            ? CallWithArguments(function, [], expression.Span, expression)
            : value;
    }

    private object? EvaluateCall(FunctionCallExpression call)
    {
        var target = EvaluateWithoutCall(call.Target);
        if (target is null)
        {
            throw new ScriptRuntimeException(call.Target.Span, $"The function `{TextOf(call.Target)}` was not found");
        }

        if (target is not IScriptFunction function)
        {
            throw new ScriptRuntimeException(call.Span, _hasPipe
                ? $"Pipe expression destination `{TextOf(call.Target)}` is not a valid function "
                : $"Invalid target function `{_context.ToText(target)}` ({ScriptValue.GetTypeName(target)})");
        }

        return CallWithArguments(function, call.Arguments, call.Span, call);
    }

    /// <summary>Binds arguments (pipe value first, named ones to their parameter, <c>^list</c> spread) and calls.</summary>
    /// <param name="caller">The call as written; its text is quoted only in error messages.</param>
    private object? CallWithArguments(IScriptFunction function, Expression[] arguments, SourceSpan span, Expression caller)
    {
        var block = _pendingBlock;
        _pendingBlock = null;
        var binder = new ArgumentBinder(function, arguments.Length + (_hasPipe ? 1 : 0));
        var lastArgumentSpan = span with { Start = span.End };
        if (_hasPipe)
        {
            lastArgumentSpan = _pipeSpan;
            binder.AddPositional(_pipeValue);
            _hasPipe = false;
            _pipeValue = null;
        }

        foreach (var argument in arguments)
        {
            BindArgument(ref binder, argument);
            lastArgumentSpan = argument.Span;
        }

        CheckArity(function, binder, span, caller, lastArgumentSpan);
        if (_context.IsAtRecursionLimit)
        {
            throw new ScriptRuntimeException(span, $"Exceeding number of recursive depth limit `{_context.RecursiveLimit}` for node: `{TextOf(caller)}`");
        }

        _pendingBlockForInvoke = block;
        try
        {
            return _context.CallFunction(function, binder.Values, binder.Count, binder.Missing, binder.Named, span, function.Name, checkArity: false);
        }
        finally
        {
            _pendingBlockForInvoke = null;
            _flow = FlowState.None;
        }
    }

    private BlockDelegate? _pendingBlockForInvoke;

    private void BindArgument(ref ArgumentBinder binder, Expression argument)
    {
        switch (argument)
        {
            case NamedArgumentExpression named:
                var value = named.Value is null ? ScriptValue.Box(true) : Evaluate(named.Value);
                binder.AddNamed(named.Name, value);
                break;
            case UnaryExpression { Operator: UnaryOperator.Spread } spread:
                var items = Evaluate(spread.Operand);
                if (items is IEnumerable enumerable and not string)
                {
                    foreach (var item in enumerable)
                    {
                        binder.AddPositional(item);
                    }
                }
                else
                {
                    binder.AddPositional(items);
                }

                break;
            default:
                binder.AddPositional(Evaluate(argument));
                break;
        }
    }

    /// <summary>Too few arguments are reported just after the call, too many at the last argument (as Scriban does).</summary>
    private void CheckArity(IScriptFunction function, in ArgumentBinder binder, SourceSpan span, Expression caller, SourceSpan lastArgumentSpan)
    {
        var required = function.MinArgs;
        var provided = binder.CountProvided(required);
        if (provided < required)
        {
            var after = span with { Start = span.End };
            throw new ScriptRuntimeException(after, $"Invalid number of arguments `{provided}` passed to `{TextOf(caller)}` while expecting `{required}` arguments");
        }

        var max = function.MaxArgs;
        if (max >= 0 && binder.Count > max)
        {
            throw new ScriptRuntimeException(lastArgumentSpan, $"Invalid number of arguments `{binder.Count}` passed to `{TextOf(caller)}` while expecting `{max}` arguments");
        }
    }
}
