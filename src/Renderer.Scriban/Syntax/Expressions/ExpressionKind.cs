namespace Renderer.Scriban.Syntax;

public enum ExpressionKind
{
    Literal,
    Variable,
    This,
    Member,
    Indexer,
    FunctionCall,
    NamedArgument,
    Pipe,
    Binary,
    Unary,
    IncrementDecrement,
    Conditional,
    Nested,
    ArrayInitializer,
    ObjectInitializer,
    InterpolatedString,
    AnonymousFunction,
    IsEmpty,
    Assign,
}
