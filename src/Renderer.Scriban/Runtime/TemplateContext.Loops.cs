using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Runtime;

public sealed partial class TemplateContext
{
    // Scriban 7.2.x counts iterations cumulatively over a whole nested loop tree: the counter
    // resets only when the outermost loop starts and ends (commit d17bd4b).
    private readonly List<SourceSpan> _loopSpans = [];
    private int _loopDepth;
    private int _loopStep;

    internal bool IsInLoop => _loopDepth > 0;

    internal void EnterLoop(SourceSpan loopSpan)
    {
        if (_loopDepth == 0)
        {
            _loopStep = 0;
        }

        _loopDepth++;
        _loopSpans.Add(loopSpan);
    }

    internal void ExitLoop()
    {
        _loopDepth--;
        _loopSpans.RemoveAt(_loopSpans.Count - 1);
        if (_loopDepth == 0)
        {
            _loopStep = 0;
        }
    }

    /// <summary>
    /// Counts one iteration against <see cref="LoopLimit"/> and honours cancellation. Builtins call
    /// this for each item they pull from a lazy sequence; outside any loop the count is per call.
    /// Errors are reported at the innermost loop, or at <paramref name="span"/> outside loops.
    /// </summary>
    public void StepLoop(SourceSpan span)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (_loopDepth == 0 && _callDepth == 0)
        {
            // Outside any loop or call (a lazy sequence being printed) there is nothing to bound.
            return;
        }

        _loopStep++;
        if (LoopLimit > 0 && _loopStep > LoopLimit)
        {
            var at = _loopSpans.Count > 0 ? _loopSpans[^1] : span;
            throw new ScriptRuntimeException(at, $"Exceeding number of iteration limit `{LoopLimit}` for loop statement.");
        }
    }
}
