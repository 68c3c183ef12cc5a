using Renderer.Cli;

return await CliApplication.InvokeAsync(args, CliEnvironment.FromConsole(), CancellationToken.None);
