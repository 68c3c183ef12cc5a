namespace Renderer.Scriban.Runtime;

public sealed partial class TemplateContext
{
    private readonly List<GlobalFrame> _globals = [];
    private readonly List<LocalFrame> _locals = [];

    /// <summary>The object plain assignments write to: the top of the global stack.</summary>
    public ScriptObject CurrentGlobal => _globals[^1].Object;

    internal GlobalFrame CurrentGlobalFrame => _globals[^1];

    internal LocalFrame CurrentLocal => _locals[^1];

    internal List<GlobalFrame> Globals => _globals;

    /// <summary>Pushes an object as the current global (with a fresh local scope), e.g. the model.</summary>
    public void PushGlobal(ScriptObject scriptObject)
    {
        ArgumentNullException.ThrowIfNull(scriptObject);
        _globals.Add(new GlobalFrame(scriptObject));
        _locals.Add(new LocalFrame());
    }

    /// <summary>Pops the object pushed by the matching <see cref="PushGlobal"/>.</summary>
    public ScriptObject PopGlobal()
    {
        if (_globals.Count <= 1)
        {
            throw new InvalidOperationException("PopGlobal() without a matching PushGlobal().");
        }

        var frame = _globals[^1];
        _globals.RemoveAt(_globals.Count - 1);
        _locals.RemoveAt(_locals.Count - 1);
        return frame.Object;
    }

    internal void PushGlobalOnly(ScriptObject scriptObject) => _globals.Add(new GlobalFrame(scriptObject));

    internal void PopGlobalOnly() => _globals.RemoveAt(_globals.Count - 1);

    internal void PushLocal(LocalFrame frame) => _locals.Add(frame);

    internal void PopLocal() => _locals.RemoveAt(_locals.Count - 1);

    /// <summary>Reads a plain name: loop layers and objects from the top global down to the builtins.</summary>
    internal bool TryGetGlobal(string name, int hash, out object? value)
    {
        var functionScope = _locals[^1].FunctionScope;
        if (functionScope is not null && functionScope.TryGetValue(name, hash, out value))
        {
            return true;
        }

        return TryGetFromGlobalStack(name, hash, out value);
    }

    internal bool TryGetFromGlobalStack(string name, out object? value)
        => TryGetFromGlobalStack(name, ScriptObject.HashOf(name), out value);

    internal bool TryGetFromGlobalStack(string name, int hash, out object? value)
    {
        for (var i = _globals.Count - 1; i >= 0; i--)
        {
            var frame = _globals[i];
            var loops = frame.Loops;
            for (var j = loops.Count - 1; j >= 0; j--)
            {
                if (loops[j].TryGetValue(name, out value))
                {
                    return true;
                }
            }

            if (frame.Object.TryGetValue(name, hash, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Reads a <c>$name</c> local: loop layers first, then the locals of the current scope.</summary>
    internal bool TryGetLocal(string name, out object? value)
    {
        var frame = _locals[^1];
        var loops = frame.Loops;
        for (var j = loops.Count - 1; j >= 0; j--)
        {
            if (loops[j].TryGetValue(name, out value))
            {
                return true;
            }
        }

        return frame.Locals.TryGetValue(name, out value);
    }
}
