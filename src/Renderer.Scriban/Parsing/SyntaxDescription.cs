namespace Renderer.Scriban.Parsing;

/// <summary>
/// How a construct is named in parse errors: <c>Error while parsing {Name}: … in: {Example}</c>
/// (Scriban's wording, so error output matches).
/// </summary>
internal sealed record SyntaxDescription(string Name, string Example)
{
    public static readonly SyntaxDescription Binary = new("binary expression", "<expression> operator <expression>");
    public static readonly SyntaxDescription Unary = new("unary expression", "<operator> <expression>");
    public static readonly SyntaxDescription Nested = new("nested expression", "(<expression>)");
    public static readonly SyntaxDescription Indexer = new("indexer expression", "<expression>[<index_expression>]");
    public static readonly SyntaxDescription Pipe = new("pipe expression", "<expression> | <expression>");
    public static readonly SyntaxDescription Assign = new("assign expression", "<target_expression> = <value_expression>");
    public static readonly SyntaxDescription Conditional = new("conditional expression", "<condition> ? <then_value> : <else_value>");
    public static readonly SyntaxDescription ArrayInitializer = new("array initializer", "[item1, item2,...]");
    public static readonly SyntaxDescription ObjectInitializer = new("object initializer", "{ member1: <expression>, member2: ... }");
    public static readonly SyntaxDescription FunctionCall = new("function call expression", "<target_expression> <arguemnt[0]> ... <arguement[n]>");
    public static readonly SyntaxDescription NamedArgument = new("named argument", "<name>: <expression>");
    public static readonly SyntaxDescription IncrementDecrement = new("increment/decrement expression", "<expression>++");
    public static readonly SyntaxDescription ExpressionStatement = new("expression statement", "<expression>");
    public static readonly SyntaxDescription Page = new("page", "<page>");
    public static readonly SyntaxDescription If = new("if statement", "if <expression> ... end|else|else if");
    public static readonly SyntaxDescription Else = new("else statement", "else | else if <expression> ... end");
    public static readonly SyntaxDescription For = new("for statement", "for <variable> in <expression> ... end");
    public static readonly SyntaxDescription TableRow = new("tablerow statement", "tablerow <variable> in <expression> ... end");
    public static readonly SyntaxDescription While = new("while statement", "while <expression> ... end");
    public static readonly SyntaxDescription Case = new("case statement", "case <expression> ... end|when|else");
    public static readonly SyntaxDescription When = new("when statement", "when <expression> ... end|when|else");
    public static readonly SyntaxDescription Capture = new("capture statement", "capture <variable> ... end");
    public static readonly SyntaxDescription With = new("with statement", "with <variable> ... end");
    public static readonly SyntaxDescription Wrap = new("wrap statement", "wrap <function_call> ... end");
    public static readonly SyntaxDescription Import = new("import statement", "import <expression>");
    public static readonly SyntaxDescription ReadOnly = new("readonly statement", "readonly <variable>");
    public static readonly SyntaxDescription Return = new("return statement", "return <expression>?");
    public static readonly SyntaxDescription Function = new("function statement", "func <variable> ... end");
    public static readonly SyntaxDescription AnonymousFunction = new("anonymous function", "do ... end");
    public static readonly SyntaxDescription Parameter = new("parameter", "<name>");
}
