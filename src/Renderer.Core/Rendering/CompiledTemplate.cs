using Renderer.Scriban;
using Renderer.Scriban.Loading;

namespace Renderer.Core.Rendering;

/// <summary>A template file parsed once, with the include loader confined to its directory; rendered many times.</summary>
public sealed class CompiledTemplate
{
    private CompiledTemplate(string path, Template template)
    {
        Path = path;
        Template = template;
        Loader = new DirectoryTemplateLoader(System.IO.Path.GetDirectoryName(path)!);
    }

    /// <summary>Absolute path of the template file.</summary>
    public string Path { get; }

    public Template Template { get; }

    public DirectoryTemplateLoader Loader { get; }

    /// <summary>Parses <paramref name="text"/>; every parse problem is reported at once through <see cref="TemplateCompileException"/>.</summary>
    public static CompiledTemplate Compile(string path, string text, string? displayName = null)
    {
        var template = Template.Parse(text, displayName ?? path);
        return template.HasErrors
            ? throw new TemplateCompileException(path, [.. template.Diagnostics.Select(diagnostic => diagnostic.ToString())])
            : new CompiledTemplate(System.IO.Path.GetFullPath(path), template);
    }

    /// <summary>Reads and parses the template file at <paramref name="path"/>.</summary>
    public static async Task<CompiledTemplate> LoadAsync(string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TemplateCompileException(path, [$"{path} : error : cannot read the template: {e.Message}"], e);
        }

        return Compile(path, text);
    }
}
