namespace Renderer.Cli;

/// <summary>
/// Every exit code the <c>renderer</c> command returns, in one place. Scripts and CI pipelines depend on
/// these numbers: never renumber one, only add.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done (or, with <c>--diff</c>, nothing differs).</summary>
    public const int Success = 0;

    /// <summary>A template failed to parse or to render, or a template file could not be read.</summary>
    public const int TemplateError = 1;

    /// <summary>The command line or the configuration file is invalid; nothing was run.</summary>
    public const int UsageError = 2;

    /// <summary><c>--diff</c>: the rendered output differs from the file on disk.</summary>
    public const int Differs = 3;

    /// <summary>Consul could not be reached, refused the request, or data was still missing after the timeout.</summary>
    public const int ConsulError = 4;

    /// <summary>A check or reload command failed or timed out.</summary>
    public const int CommandFailed = 5;

    /// <summary>An input file (catalog, model) could not be read or is invalid.</summary>
    public const int InputError = 6;

    /// <summary>Writing an output file failed; the previous file is untouched.</summary>
    public const int OutputError = 7;
}
