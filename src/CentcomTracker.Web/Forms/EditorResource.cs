namespace CentcomTracker.Web.Forms;

/// <summary>Marker for Resources/Forms/EditorResource.ar.resx: the messages the editors' pages compose in C#.</summary>
public sealed class EditorResource;
