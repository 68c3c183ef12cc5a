using Renderer.LoadTests;

// The issue-5 load scenario (docs/benchmarks.md, "Watching at scale"); benchmarks/scale/run.sh builds and runs it.
LoadArguments arguments;
try
{
    arguments = LoadArguments.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(LoadArguments.Usage);
    return 2;
}

if (!OperatingSystem.IsLinux())
{
    Console.Error.WriteLine("The load scenario reads /proc for CPU time and memory: run it on Linux.");
    return 2;
}

var report = await new LoadScenario(arguments, Console.Out).RunAsync();
Console.WriteLine();
Console.Write(report);
return 0;
