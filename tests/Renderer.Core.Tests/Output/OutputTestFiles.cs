using System.Text;
using Renderer.Core.Output;

namespace Renderer.Core.Tests.Output;

internal static class OutputTestFiles
{
    public const UnixFileMode Mode0640 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
    public const UnixFileMode Mode0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static OutputWriteRequest Request(string path, string content) => new(path, Encoding.UTF8.GetBytes(content));

    public static string Read(string path) => File.ReadAllText(path);
}
