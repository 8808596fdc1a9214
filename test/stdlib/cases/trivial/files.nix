# Reading files: importJSON, importTOML, fileContents, readFile, pathExists.
lib:
{
  importJSON = lib.importJSON ./files/data.json;
  importTOML = lib.importTOML ./files/data.toml;
  fileContents = lib.fileContents ./files/line.txt;
  readFile = lib.readFile ./files/line.txt;
  pathExists = [ (lib.pathExists ./files/line.txt) (lib.pathExists ./files/missing) ];
}
