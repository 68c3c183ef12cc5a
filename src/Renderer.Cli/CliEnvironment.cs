namespace Renderer.Cli;

/// <summary>
/// What the CLI reads from and writes to outside its arguments, so that the whole command line can run
/// in-process in tests with captured output and a fake environment.
/// </summary>
public sealed record CliEnvironment(
    TextWriter Output,
    TextWriter Error,
    Func<string, string?> GetEnvironmentVariable,
    string CurrentDirectory)
{
    public static CliEnvironment FromConsole() => new(
        Console.Out,
        Console.Error,
        Environment.GetEnvironmentVariable,
        Directory.GetCurrentDirectory());

    /// <summary>Resolves a path given on the command line against the current directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, CurrentDirectory);
}
