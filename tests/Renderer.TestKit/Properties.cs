using System.Runtime.CompilerServices;

// The test kit's own tests live in Renderer.Processes.Tests/TestKit and need to switch snapshot acceptance
// without the process-wide environment variable.
[assembly: InternalsVisibleTo("Renderer.Processes.Tests")]
