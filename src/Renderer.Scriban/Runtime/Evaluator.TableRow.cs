using System.Globalization;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

internal sealed partial class Evaluator
{
    /// <summary><c>tablerow</c>: a for loop that wraps items in <c>&lt;tr&gt;</c>/<c>&lt;td&gt;</c> rows of <c>cols</c> cells.</summary>
    private object? ExecuteTableRow(ForStatement statement)
    {
        var iterable = Evaluate(statement.Iterator);
        if (iterable is null)
        {
            return null;
        }

        var items = ToLoopItems(statement, iterable);
        var window = CreateWindow(statement.Options, items.Count);
        var columns = statement.Options.Columns is null ? 1 : ScriptValue.ToInt(Evaluate(statement.Options.Columns));
        columns = columns <= 0 ? 1 : columns;
        var state = new LoopState { Length = window.Count, Columns = columns };
        var variables = OpenLoopLayer(statement.Variable, "tablerow", state, out var layers);
        _context.EnterLoop(statement.Span);
        try
        {
            WriteRaw("<tr class=\"row1\">");
            for (var i = 0; i < window.Count; i++)
            {
                _context.StepLoop(statement.Span);
                var item = items[window.IndexAt(i)];
                state.Step(i, item);
                state.Column = i % columns;
                BindLoopVariable(statement.Variable, variables, item);
                if (state.Column == 0 && i > 0)
                {
                    WriteRaw("</tr>" + _context.NewLine);
                    WriteRaw("<tr class=\"row" + ((i / columns) + 1).ToString(CultureInfo.InvariantCulture) + "\">");
                }

                WriteRaw("<td class=\"col" + (state.Column + 1).ToString(CultureInfo.InvariantCulture) + "\">");
                var result = ExecuteBlock(statement.Body);
                WriteRaw("</td>");
                if (_flow != FlowState.None && ConsumeLoopFlow())
                {
                    return result;
                }
            }

            WriteRaw("</tr>" + _context.NewLine);
        }
        finally
        {
            _context.ExitLoop();
            layers.Close();
        }

        return null;
    }
}
