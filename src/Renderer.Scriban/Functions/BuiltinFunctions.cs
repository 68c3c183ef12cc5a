using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>
/// Builds the builtins object that sits below every global: one sub-object per group
/// (<c>string</c>, <c>array</c>, …) plus the top-level <c>include</c>, <c>include_join</c>,
/// <c>empty</c> and <c>blank</c>. A new object per context, because templates may change it
/// (<c>date.format = …</c>, shadowing a group).
/// </summary>
public static class BuiltinFunctions
{
    public static ScriptObject Create()
    {
        var builtins = new ScriptObject(16);
        builtins["array"] = CreateGroup(ArrayFunctions.Register);
        builtins["date"] = CreateGroup(DateFunctions.Register);
        builtins["html"] = CreateGroup(HtmlFunctions.Register);
        builtins["math"] = CreateGroup(MathFunctions.Register);
        var objectGroup = CreateGroup(ObjectFunctions.Register);
        EvalFunctions.Register(objectGroup);
        builtins["object"] = objectGroup;
        builtins["regex"] = CreateGroup(RegexFunctions.Register);
        builtins["string"] = CreateGroup(StringFunctions.Register);
        builtins["timespan"] = CreateGroup(TimeSpanFunctions.Register);
        builtins.SetFunction("include", IncludeFunction.Include);
        builtins.SetFunction("include_join", IncludeFunction.IncludeJoin);
        builtins["empty"] = EmptyScriptObject.Instance;
        builtins["blank"] = EmptyScriptObject.Instance;
        return builtins;
    }

    private static ScriptObject CreateGroup(Action<ScriptObject> register)
    {
        var group = new ScriptObject();
        register(group);
        return group;
    }
}
