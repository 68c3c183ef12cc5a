namespace Renderer.Templates.Tests.Hostile;

/// <summary>What nginx's configuration reader sees.</summary>
internal enum NginxTokenKind
{
    /// <summary>A bare word.</summary>
    Word,

    /// <summary>A single- or double-quoted string.</summary>
    Quoted,

    /// <summary><c>;</c>: ends a directive.</summary>
    Semicolon,

    /// <summary><c>{</c>: opens a block.</summary>
    OpenBrace,

    /// <summary><c>}</c>: closes a block.</summary>
    CloseBrace,

    /// <summary><c>#</c> to the end of the line.</summary>
    Comment,
}
