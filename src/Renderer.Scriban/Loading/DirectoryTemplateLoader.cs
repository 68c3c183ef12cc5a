using Renderer.Scriban.Parsing;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Loading;

/// <summary>
/// Serves <c>include 'name'</c> from files under one root directory (the including template's
/// directory) and nowhere else: absolute names, <c>..</c> segments and symbolic links that lead out
/// of the root are refused with a positioned error, so a template cannot read arbitrary files.
/// </summary>
public sealed class DirectoryTemplateLoader : ITemplateLoader
{
    private readonly string _root;

    public DirectoryTemplateLoader(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootDirectory);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory));
    }

    /// <summary>The directory includes are confined to.</summary>
    public string RootDirectory => _root;

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (Path.IsPathRooted(templateName))
        {
            throw Refused(callerSpan, templateName, "absolute paths are not allowed");
        }

        var fullPath = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!IsInsideRoot(fullPath))
        {
            throw Refused(callerSpan, templateName, "it resolves outside the template directory");
        }

        return fullPath;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var file = new FileInfo(templatePath);
        if (!file.Exists)
        {
            throw new ScriptRuntimeException(callerSpan, $"Unable to include `{templatePath}`: the file does not exist");
        }

        if (file.LinkTarget is not null)
        {
            var target = file.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInsideRoot(Path.GetFullPath(target.FullName)))
            {
                throw Refused(callerSpan, templatePath, "it is a symbolic link that leads outside the template directory");
            }
        }

        return File.ReadAllText(templatePath);
    }

    private bool IsInsideRoot(string fullPath)
        => fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private ScriptRuntimeException Refused(SourceSpan span, string name, string reason)
        => new(span, $"Unable to include `{name}`: {reason} (`{_root}`)");
}
