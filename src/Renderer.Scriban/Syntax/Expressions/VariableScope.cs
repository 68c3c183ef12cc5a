namespace Renderer.Scriban.Syntax;

public enum VariableScope
{
    /// <summary><c>name</c>: looked up through the global stack.</summary>
    Global,

    /// <summary><c>$name</c>: the current template/function call's locals.</summary>
    Local,

    /// <summary><c>$</c>: the argument array of the current function or include.</summary>
    Arguments,

    /// <summary><c>$$</c>: the block passed to <c>wrap</c>.</summary>
    BlockDelegate,
}
