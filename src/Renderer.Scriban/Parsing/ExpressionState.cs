namespace Renderer.Scriban.Parsing;

/// <summary>The state of one <c>ParseExpression</c> level (Scriban's locals), passed by reference.</summary>
internal struct ExpressionState(
    ExpressionContext context,
    bool noCall,
    int precedence,
    ExpressionMode mode,
    ExpressionMode originalMode,
    bool allowAssignment)
{
    public ExpressionContext Context { get; } = context;

    /// <summary>True inside an operand of a binary operator that belongs to a call: no nested juxtaposition call.</summary>
    public bool NoCall { get; } = noCall;

    public int Precedence { get; } = precedence;

    public ExpressionMode Mode { get; } = mode;

    public ExpressionMode OriginalMode { get; } = originalMode;

    public bool AllowAssignment { get; } = allowAssignment;

    /// <summary>The juxtaposition call being built (<c>f a b</c>), if any.</summary>
    public CallBuilder? Call { get; set; }
}
