using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Runtime;

public sealed partial class TemplateContext
{
    private int _callDepth;
    private Evaluator? _evaluator;

    internal Evaluator Evaluator => _evaluator ??= new Evaluator(this);

    /// <summary>
    /// Calls a function value (e.g. the <c>@fn</c> given to <c>array.filter</c>) with positional
    /// arguments, with the same arity checks, recursion limit and error wrapping as a template call.
    /// </summary>
    public object? Invoke(IScriptFunction function, IReadOnlyList<object?> arguments, SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i];
        }

        return CallFunction(function, values, values.Length, 0, null, span, function.Name, checkArity: true);
    }

    /// <summary>Checks arity, the recursion limit and cancellation, then runs the function; .NET errors become positioned errors.</summary>
    internal object? CallFunction(
        IScriptFunction function,
        object?[] arguments,
        int count,
        ulong missing,
        IReadOnlyDictionary<string, object?>? namedArguments,
        SourceSpan span,
        string callerText,
        bool checkArity)
    {
        if (checkArity)
        {
            CheckArity(function, count, span, callerText);
        }

        CancellationToken.ThrowIfCancellationRequested();
        EnterRecursion(span, callerText);
        var savedFreeSteps = _loopDepth == 0 ? _loopStep : 0;
        if (_loopDepth == 0)
        {
            _loopStep = 0;
        }

        try
        {
            return function.Invoke(new FunctionCall(this, span, function, arguments, count, missing, namedArguments));
        }
        catch (Exception ex) when (ex is not ScriptRuntimeException and not OperationCanceledException and not ScriptAbortException)
        {
            throw new ScriptRuntimeException(span, ex.Message, ex);
        }
        finally
        {
            _callDepth--;
            if (_loopDepth == 0)
            {
                _loopStep = savedFreeSteps;
            }
        }
    }

    internal bool IsAtRecursionLimit => RecursiveLimit > 0 && _callDepth >= RecursiveLimit;

    internal void EnterRecursion(SourceSpan span, string callerText)
    {
        if (RecursiveLimit > 0 && _callDepth >= RecursiveLimit)
        {
            throw new ScriptRuntimeException(span, $"Exceeding number of recursive depth limit `{RecursiveLimit}` for node: `{callerText}`");
        }

        _callDepth++;
    }

    internal void ExitRecursion() => _callDepth--;

    private static void CheckArity(IScriptFunction function, int count, SourceSpan span, string callerText)
    {
        var max = function.MaxArgs;
        if (count < function.MinArgs)
        {
            throw new ScriptRuntimeException(span, $"Invalid number of arguments `{count}` passed to `{callerText}` while expecting `{function.MinArgs}` arguments");
        }

        if (max >= 0 && count > max)
        {
            throw new ScriptRuntimeException(span, $"Invalid number of arguments `{count}` passed to `{callerText}` while expecting `{max}` arguments");
        }
    }
}
