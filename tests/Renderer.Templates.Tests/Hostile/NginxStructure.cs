using System.Text;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// The shape of an nginx configuration with every argument value erased: which directives and comments there are, how
/// many arguments of which kind each has, and how blocks nest. Two renders of a template whose catalogs differ only in
/// values have the same shape; a value that injected a directive, a block or a comment line changes it.
/// </summary>
/// <remarks>
/// The children of each block (and the top level) are sorted, because the order of services follows their names, which
/// differ between a hostile catalog and its benign twin. An injection still shows: it adds, removes or moves an element.
/// </remarks>
internal static class NginxStructure
{
    /// <summary>
    /// The canonical shape, e.g. <c>server(){listen(w);location(w){proxy_pass(w);}}</c>: <c>w</c> a word, <c>q</c> a
    /// quoted string, <c>#</c> a comment.
    /// </summary>
    /// <exception cref="NginxStructureException">The text is not well-formed (unbalanced braces, a directive without <c>;</c>, …).</exception>
    public static string Of(string configuration)
    {
        var tokens = NginxTokenizer.Tokenize(configuration);
        var position = 0;
        var shape = Block(tokens, ref position, closed: false);
        return shape;
    }

    private static string Block(IReadOnlyList<NginxToken> tokens, ref int position, bool closed)
    {
        var children = new List<string>();
        while (position < tokens.Count)
        {
            var token = tokens[position];
            switch (token.Kind)
            {
                case NginxTokenKind.CloseBrace when closed:
                    position++;
                    return Join(children);
                case NginxTokenKind.CloseBrace:
                    throw new NginxStructureException($"line {token.Line}: '}}' closes no block.");
                case NginxTokenKind.Comment:
                    children.Add("#");
                    position++;
                    break;
                case NginxTokenKind.Semicolon or NginxTokenKind.OpenBrace:
                    throw new NginxStructureException($"line {token.Line}: '{token.Text}' without a directive name.");
                default:
                    children.Add(Directive(tokens, ref position));
                    break;
            }
        }

        return closed ? throw new NginxStructureException("a block is not closed at the end of the text.") : Join(children);
    }

    private static string Directive(IReadOnlyList<NginxToken> tokens, ref int position)
    {
        var name = tokens[position++];
        var shape = new StringBuilder(name.Kind == NginxTokenKind.Word ? name.Text : "\"" + name.Text + "\"").Append('(');
        while (position < tokens.Count)
        {
            var token = tokens[position++];
            switch (token.Kind)
            {
                case NginxTokenKind.Word:
                    shape.Append('w');
                    break;
                case NginxTokenKind.Quoted:
                    shape.Append('q');
                    break;
                case NginxTokenKind.Semicolon:
                    return shape.Append(");").ToString();
                case NginxTokenKind.OpenBrace:
                    return shape.Append("){").Append(Block(tokens, ref position, closed: true)).Append('}').ToString();
                case NginxTokenKind.Comment:
                    // nginx skips a comment between arguments; it still marks a line break the value brought in.
                    shape.Append('#');
                    break;
                default:
                    throw new NginxStructureException(
                        $"line {token.Line}: directive {HostileDisplay.Quote(name.Text)} is not ended by ';' or '{{' before {token.Kind}.");
            }
        }

        throw new NginxStructureException($"line {name.Line}: directive {HostileDisplay.Quote(name.Text)} is not ended at the end of the text.");
    }

    private static string Join(List<string> children)
    {
        children.Sort(StringComparer.Ordinal);
        return string.Concat(children);
    }
}
