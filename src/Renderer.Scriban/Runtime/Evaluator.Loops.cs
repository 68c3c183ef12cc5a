using System.Collections;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

internal sealed partial class Evaluator
{
    private object? ExecuteFor(ForStatement statement)
    {
        if (statement.Options.IsTableRow)
        {
            return ExecuteTableRow(statement);
        }

        var iterable = Evaluate(statement.Iterator);
        if (iterable is null)
        {
            return null;
        }

        // Lazy sequences are pulled inside the loop so the steps they take count for this loop.
        _context.EnterLoop(statement.Span);
        IList items;
        LoopWindow window;
        try
        {
            items = ToLoopItems(statement, iterable);
            window = CreateWindow(statement.Options, items.Count);
        }
        catch
        {
            _context.ExitLoop();
            throw;
        }

        if (window.Count == 0)
        {
            _context.ExitLoop();
            return statement.Else is null ? null : ExecuteBlock(statement.Else.Body);
        }

        var state = new LoopState { Length = window.Count };
        var variables = OpenLoopLayer(statement.Variable, "for", state, out var layers);
        try
        {
            for (var i = 0; i < window.Count; i++)
            {
                _context.StepLoop(statement.Span);
                var item = items[window.IndexAt(i)];
                state.Step(i, item);
                BindLoopVariable(statement.Variable, variables, item);
                var result = ExecuteBlock(statement.Body);
                if (_flow != FlowState.None && ConsumeLoopFlow())
                {
                    return result;
                }
            }
        }
        finally
        {
            _context.ExitLoop();
            layers.Close();
        }

        return null;
    }

    private LoopWindow CreateWindow(ForOptions options, int total)
    {
        var offset = options.Offset is null ? 0 : ScriptValue.ToInt(Evaluate(options.Offset));
        var limit = options.Limit is null ? 0 : ScriptValue.ToInt(Evaluate(options.Limit));
        return LoopWindow.Create(total, offset, limit, options.Reversed);
    }

    /// <summary>Handles break/continue; true when the loop must stop and hand the flow (a return) upwards.</summary>
    private bool ConsumeLoopFlow()
    {
        switch (_flow)
        {
            case FlowState.Continue:
                _flow = FlowState.None;
                return false;
            case FlowState.Break:
                _flow = FlowState.None;
                return true;
            default:
                return true;
        }
    }

    private object? ExecuteWhile(WhileStatement statement)
    {
        var state = new LoopState();
        OpenLoopLayer(null, "while", state, out var layers);
        _context.EnterLoop(statement.Span);
        try
        {
            for (var i = 0; ScriptValue.IsTruthy(Evaluate(statement.Condition)); i++)
            {
                _context.StepLoop(statement.Span);
                state.Step(i, null);
                var result = ExecuteBlock(statement.Body);
                if (_flow != FlowState.None && ConsumeLoopFlow())
                {
                    return result;
                }
            }
        }
        finally
        {
            _context.ExitLoop();
            layers.Close();
        }

        return null;
    }

    /// <summary>
    /// Opens a loop layer on the current global frame (it holds the <c>for</c>/<c>while</c> object and
    /// a plain loop variable), so names revert to their previous values after the loop. A <c>$x</c>
    /// loop variable gets a layer in the current local scope instead.
    /// </summary>
    private LoopVariables OpenLoopLayer(Expression? variable, string keyword, LoopState state, out LoopLayers layers)
    {
        var global = new LoopVariables();
        global.Set(keyword, state);
        _context.CurrentGlobalFrame.Loops.Add(global);
        LoopVariables? local = null;
        if (variable is VariableExpression { Scope: VariableScope.Local })
        {
            local = new LoopVariables();
            _context.CurrentLocal.Loops.Add(local);
        }

        layers = new LoopLayers(_context.CurrentGlobalFrame.Loops, local is null ? null : _context.CurrentLocal.Loops);
        return local ?? global;
    }

    private void BindLoopVariable(Expression variable, LoopVariables layer, object? item)
    {
        if (variable is VariableExpression { Scope: VariableScope.Global or VariableScope.Local } simple)
        {
            layer.Set(simple.Name, item);
        }
        else
        {
            SetValue(variable, item);
        }
    }

    /// <summary>The items of a loop: lists are used in place; other sequences are materialized once.</summary>
    private IList ToLoopItems(ForStatement statement, object iterable)
    {
        switch (iterable)
        {
            case IList list:
                return list;
            case string text:
                var characters = new ScriptArray(text.Length);
                foreach (var c in text)
                {
                    characters.Add(c.ToString());
                }

                return characters;
            case ScriptObject obj:
                var pairs = new ScriptArray(obj.Count);
                foreach (var pair in obj)
                {
                    var entry = new ScriptObject(2);
                    entry["key"] = pair.Key;
                    entry["value"] = pair.Value;
                    pairs.Add(entry);
                }

                return pairs;
            case IEnumerable enumerable:
                var items = new ScriptArray();
                foreach (var item in enumerable)
                {
                    items.Add(item);
                }

                return items;
            default:
                throw new ScriptRuntimeException(statement.Iterator.Span, $"Unexpected type `{iterable.GetType()}` for iterator");
        }
    }
}
