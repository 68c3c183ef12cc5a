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
            ? CallWithArguments(function, [], expression.Span, TextOf(expression))
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

        return CallWithArguments(function, call.Arguments, call.Span, TextOf(call));
    }

    /// <summary>Binds arguments (pipe value first, named ones to their parameter, <c>^list</c> spread) and calls.</summary>
    private object? CallWithArguments(IScriptFunction function, Expression[] arguments, SourceSpan span, string callerText)
    {
        var block = _pendingBlock;
        _pendingBlock = null;
        var binder = new ArgumentBinder(function, arguments.Length + (_hasPipe ? 1 : 0));
        var argumentSpans = new SourceSpan[binder.Capacity];
        if (_hasPipe)
        {
            argumentSpans[0] = _pipeSpan;
            binder.AddPositional(_pipeValue);
            _hasPipe = false;
            _pipeValue = null;
        }

        foreach (var argument in arguments)
        {
            BindArgument(binder, argument, ref argumentSpans);
        }

        CheckArity(function, binder, span, callerText, argumentSpans);
        _pendingBlockForInvoke = block;
        try
        {
            return _context.CallFunction(function, binder.Values, binder.Count, binder.Missing, binder.Named, span, callerText, checkArity: false);
        }
        finally
        {
            _pendingBlockForInvoke = null;
            _flow = FlowState.None;
        }
    }

    private BlockDelegate? _pendingBlockForInvoke;

    private void BindArgument(ArgumentBinder binder, Expression argument, ref SourceSpan[] spans)
    {
        var position = binder.Count;
        switch (argument)
        {
            case NamedArgumentExpression named:
                var value = named.Value is null ? ScriptValue.Box(true) : Evaluate(named.Value);
                position = binder.AddNamed(named.Name, value);
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

        if (position >= 0)
        {
            if (position >= spans.Length)
            {
                Array.Resize(ref spans, Math.Max(position + 1, spans.Length * 2));
            }

            spans[position] = argument.Span;
        }
    }

    private static void CheckArity(IScriptFunction function, ArgumentBinder binder, SourceSpan span, string callerText, SourceSpan[] argumentSpans)
    {
        var required = function.MinArgs;
        var provided = binder.CountProvided(required);
        if (provided < required)
        {
            var after = span with { Start = span.End };
            throw new ScriptRuntimeException(after, $"Invalid number of arguments `{provided}` passed to `{callerText}` while expecting `{required}` arguments");
        }

        var max = function.MaxArgs;
        if (max >= 0 && binder.Count > max)
        {
            var index = binder.Count - 1;
            var at = index < argumentSpans.Length && argumentSpans[index].SourceName is not null ? argumentSpans[index] : span with { Start = span.End };
            throw new ScriptRuntimeException(at, $"Invalid number of arguments `{binder.Count}` passed to `{callerText}` while expecting `{max}` arguments");
        }
    }
}
