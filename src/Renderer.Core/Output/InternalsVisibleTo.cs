using System.Runtime.CompilerServices;

// The Output tests swap IOutputFileSystem to make each step of an atomic write fail.
[assembly: InternalsVisibleTo("Renderer.Core.Tests")]
