using Renderer.Cli.Configuration;

namespace Renderer.Cli.Commands;

/// <summary>Prints the configuration's warnings and errors (all of them, at once) before anything runs.</summary>
internal static class ConfigurationReport
{
    /// <returns>True when the configuration can be used.</returns>
    public static async Task<bool> WriteAsync(BuildResult build, CliEnvironment environment)
    {
        foreach (var problem in build.Warnings.Concat(build.Errors))
        {
            await environment.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        if (!build.Succeeded)
        {
            var count = build.Errors.Count;
            await environment.Error.WriteLineAsync($"renderer: {count} configuration problem{(count == 1 ? "" : "s")}; nothing was run.").ConfigureAwait(false);
        }

        return build.Succeeded;
    }
}
