using Xunit.Abstractions;

namespace Renderer.Scriban.Tests.CaseFiles;

/// <summary>
/// A case's relative path as a theory argument. Unlike a string argument (which xunit cuts at 50
/// characters in the display name), its <see cref="ToString"/> is shown whole, so the test name is
/// the full case path with its "(guess)" mark.
/// </summary>
public sealed class CaseId : IXunitSerializable
{
    private string _path = "";
    private bool _isGuess;

    public CaseId()
    {
    }

    public CaseId(TemplateCase testCase)
    {
        _path = testCase.Id;
        _isGuess = testCase.IsGuess;
    }

    public string Path => _path;

    public void Deserialize(IXunitSerializationInfo info)
    {
        _path = info.GetValue<string>(nameof(Path));
        _isGuess = info.GetValue<bool>("IsGuess");
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Path), _path);
        info.AddValue("IsGuess", _isGuess);
    }

    public override string ToString() => _isGuess ? _path + " (guess)" : _path;
}
