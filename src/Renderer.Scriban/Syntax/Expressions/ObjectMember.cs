using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

public sealed record ObjectMember(string Key, Expression Value);
