using System.Text;
using Renderer.Cli.Configuration;
using Renderer.Cli.Options;

namespace Renderer.Cli.Tests.Configuration;

public sealed class ConfigFileReaderValueTests
{
    private const string FilePath = "/etc/renderer/renderer.json";

    private static ConfigFileReadResult Parse(string json) => ConfigFileReader.Parse(Encoding.UTF8.GetBytes(json), FilePath);

    private static ConfigFile ParseValid(string json)
    {
        var result = Parse(json);
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        return result.File!;
    }

    private static string SingleError(string json) => Assert.Single(Parse(json).Errors).ToString();

    [Theory]
    [InlineData("{\"once\": \"yes\"}", "$.once: expected true or false, found a string")]
    [InlineData("{\"loop_limit\": \"10\"}", "$.loop_limit: expected a whole number, found a string")]
    [InlineData("{\"loop_limit\": 1.5}", "$.loop_limit: 1.5 is not a whole number between 0 and 2147483647")]
    [InlineData("{\"loop_limit\": -1}", "$.loop_limit: -1 is less than 0")]
    [InlineData("{\"templates\": {}}", "$.templates: expected an array of {\"source\": …, \"destination\": …}, found an object")]
    [InlineData("{\"templates\": [\"a:b\"]}", "$.templates[0]: expected an object, found a string")]
    [InlineData("{\"consul\": \"127.0.0.1:8500\"}", "$.consul: expected an object, found a string")]
    [InlineData("{\"vars\": []}", "$.vars: expected an object of NAME: \"value\", found an array")]
    [InlineData("{\"vars\": {\"a\": null}}", "$.vars.a: expected a string, number or boolean, found null")]
    [InlineData("{\"vars\": {\"my-var\": \"x\"}}", "$.vars.my-var: \"my-var\" is not a valid name: use letters, digits and _, and do not start with a digit")]
    [InlineData("{\"log_level\": \"verbose\"}", "$.log_level: unknown log level \"verbose\"; use one of trace, debug, info, warn, err, critical, off")]
    [InlineData("{\"wait\": \"10s:5s\"}", "$.wait: \"10s:5s\": the maximum (5s) is less than the minimum (10s)")]
    [InlineData("{\"wait\": 5}", "$.wait: expected a string \"MIN[:MAX]\" or an object {\"min\": …, \"max\": …}, found a number")]
    [InlineData("{\"wait\": {\"max\": \"5s\"}}", "$.wait: \"min\" is required")]
    [InlineData("{\"catalog\": \"\"}", "$.catalog: is empty; remove the key to use the default")]
    [InlineData("{\"consul\": {\"address\": \" \"}}", "$.consul.address: is empty; remove the key to use the default")]
    [InlineData("[]", "$: expected an object, found an array")]
    public void A_value_of_the_wrong_type_or_form_is_an_error_naming_its_path(string json, string expected)
    {
        Assert.EndsWith(" : error : " + expected, SingleError(json));
    }

    [Fact]
    public void Wait_accepts_consul_template_object_form()
    {
        var file = ParseValid("{\"wait\": {\"min\": \"5s\", \"max\": \"30s\"}, \"templates\": [{\"source\": \"a\", \"destination\": \"b\", \"wait\": {\"min\": \"1s\"}}]}");
        Assert.Equal(new WaitSpec(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)), file.Wait!.Value);
        Assert.Equal(new WaitSpec(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)), file.Templates[0].Wait);
    }

    [Theory]
    [InlineData("0644", 0x1A4)]
    [InlineData("644", 0x1A4)]
    [InlineData("0600", 0x180)]
    [InlineData("0777", 0x1FF)]
    [InlineData("0", 0)]
    public void Perms_is_an_octal_string(string perms, int mode)
    {
        var file = ParseValid($"{{\"templates\": [{{\"source\": \"a\", \"destination\": \"b\", \"perms\": \"{perms}\"}}]}}");
        Assert.Equal((UnixFileMode)mode, file.Templates[0].Permissions);
    }

    [Theory]
    [InlineData("\"0999\"", "\"0999\" is not an octal mode such as \"0644\" (at most 0777)")]
    [InlineData("\"01755\"", "\"01755\" is not an octal mode such as \"0644\" (at most 0777)")]
    [InlineData("\"rw-r--r--\"", "\"rw-r--r--\" is not an octal mode such as \"0644\" (at most 0777)")]
    [InlineData("644", "write the mode as an octal string such as \"0644\", not a number")]
    [InlineData("420", "write the mode as an octal string such as \"0420\", not a number")]
    [InlineData("1000", "write the mode as an octal string such as \"0644\", not a number")]
    public void Bad_perms_are_errors(string perms, string expected)
    {
        var error = SingleError($"{{\"templates\": [{{\"source\": \"a\", \"destination\": \"b\", \"perms\": {perms}}}]}}");
        Assert.EndsWith("$.templates[0].perms: " + expected, error);
    }

    [Theory]
    [InlineData("\"30\"", "missing unit in duration \"30\" (write e.g. 30s or 30ms; units: ns, us, ms, s, m, h)")]
    [InlineData("\"0s\"", "\"0s\" is less than 100ns")]
    [InlineData("30", "expected a string, found a number")]
    public void Command_timeout_is_a_positive_go_duration(string timeout, string expected)
    {
        var error = SingleError($"{{\"templates\": [{{\"source\": \"a\", \"destination\": \"b\", \"command_timeout\": {timeout}}}]}}");
        Assert.EndsWith("$.templates[0].command_timeout: " + expected, error);
    }

    [Fact]
    public void Source_and_destination_are_required()
    {
        var errors = Parse("{\"templates\": [{\"command\": \"x\"}]}").Errors.Select(e => e.ToString());
        Assert.Equal(
            [
                "/etc/renderer/renderer.json(1,16) : error : $.templates[0]: \"source\" is required",
                "/etc/renderer/renderer.json(1,16) : error : $.templates[0]: \"destination\" is required",
            ],
            errors);
    }
}
