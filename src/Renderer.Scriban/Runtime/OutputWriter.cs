using System.Text;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// The render output with auto-indent (§1.4): while <see cref="Indent"/> is set, every character
/// written right after a <c>\n</c> is preceded by the indent (empty lines included). The
/// "last character was a newline" state carries across writes.
/// </summary>
internal sealed class OutputWriter
{
    private readonly StringBuilder _builder;
    private bool _atLineStart;

    public OutputWriter(int capacity = 256) => _builder = new StringBuilder(capacity);

    public int Length => _builder.Length;

    /// <param name="indent">The indent of the current tag, or null for none.</param>
    public void Write(string text, string? indent)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (string.IsNullOrEmpty(indent))
        {
            _builder.Append(text);
        }
        else
        {
            WriteIndented(text, indent);
        }

        _atLineStart = text[^1] == '\n';
    }

    private void WriteIndented(string text, string indent)
    {
        if (_atLineStart)
        {
            _builder.Append(indent);
        }

        var start = 0;
        while (true)
        {
            var newLine = text.IndexOf('\n', start);
            if (newLine < 0 || newLine == text.Length - 1)
            {
                _builder.Append(text, start, text.Length - start);
                return;
            }

            _builder.Append(text, start, newLine + 1 - start).Append(indent);
            start = newLine + 1;
        }
    }

    public override string ToString() => _builder.ToString();
}
