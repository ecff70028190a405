using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Model;

namespace SalesDomain.Serialization;

/// <summary>
/// Reads and writes a <see cref="ClientBase"/> as <c>{"clients": […], "managers": […], "sales": […], "contacts": […]}</c>;
/// reading builds the base through its constructor, so a file with a repeated id or an unknown reference is rejected.
/// </summary>
public sealed class ClientBaseJsonConverter : JsonConverter<ClientBase>
{
    /// <inheritdoc />
    public override ClientBase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a client base as a JSON object, found {reader.TokenType}.");
        }

        ImmutableArray<Client> clients = [];
        ImmutableArray<Manager> managers = [];
        ImmutableArray<Sale> sales = [];
        ImmutableArray<ContactEvent> contacts = [];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                throw new JsonException($"The client base has the property '{name}' twice.");
            }

            reader.Read();
            switch (name.ToLowerInvariant())
            {
                case "clients": clients = Part<Client>(ref reader, options); break;
                case "managers": managers = Part<Manager>(ref reader, options); break;
                case "sales": sales = Part<Sale>(ref reader, options); break;
                case "contacts": contacts = Part<ContactEvent>(ref reader, options); break;
                default: throw new JsonException($"The client base has an unknown property '{name}' (expected clients, managers, sales, contacts).");
            }
        }

        try
        {
            return new ClientBase(clients, managers, sales, contacts);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"The client base is not consistent: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ClientBase value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        writer.WritePropertyName(Name("Clients", options));
        JsonSerializer.Serialize(writer, value.Clients, options.GetTypeInfo(typeof(ImmutableArray<Client>)));
        writer.WritePropertyName(Name("Managers", options));
        JsonSerializer.Serialize(writer, value.Managers, options.GetTypeInfo(typeof(ImmutableArray<Manager>)));
        writer.WritePropertyName(Name("Sales", options));
        JsonSerializer.Serialize(writer, value.Sales, options.GetTypeInfo(typeof(ImmutableArray<Sale>)));
        writer.WritePropertyName(Name("Contacts", options));
        JsonSerializer.Serialize(writer, value.Contacts, options.GetTypeInfo(typeof(ImmutableArray<ContactEvent>)));
        writer.WriteEndObject();
    }

    private static ImmutableArray<T> Part<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        try
        {
            return (ImmutableArray<T>)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(typeof(ImmutableArray<T>)))!;
        }
        catch (ArgumentException e)
        {
            // A missing or invalid value the model rejects (every property is written, and read back, explicitly).
            throw new JsonException($"A {typeof(T).Name} of the client base is not valid: {e.Message}", e);
        }
    }

    private static string Name(string name, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;
}
