namespace Renderer.Scriban.Runtime;

internal sealed partial class Evaluator
{
    /// <summary>
    /// Renders an included template into a string: same globals (it can read loop variables and
    /// assign globals), a fresh <c>$</c> scope with the arguments, its own output and indent.
    /// </summary>
    public string RenderInclude(Template template, ScriptArray arguments, IReadOnlyDictionary<string, object?> named)
    {
        var frame = new LocalFrame { Arguments = arguments };
        if (named.Count > 0)
        {
            var members = arguments.GetOrCreateMembers();
            foreach (var pair in named)
            {
                members[pair.Key] = pair.Value;
                frame.Locals[pair.Key] = pair.Value;
            }
        }

        _context.PushLocal(frame);
        var (savedHas, savedValue) = (_hasPipe, _pipeValue);
        _hasPipe = false;
        try
        {
            return Render(template.Body, template.Source);
        }
        finally
        {
            (_hasPipe, _pipeValue) = (savedHas, savedValue);
            _context.PopLocal();
        }
    }

    /// <summary>Runs code with output disabled and returns the last value (<c>object.eval</c>).</summary>
    public object? EvaluateScript(Template template)
    {
        var savedOutput = _outputEnabled;
        var savedSource = _source;
        _outputEnabled = false;
        _source = template.Source;
        try
        {
            var result = ExecuteBlock(template.Body);
            _flow = FlowState.None;
            return result;
        }
        finally
        {
            _outputEnabled = savedOutput;
            _source = savedSource;
        }
    }

}
