// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose own
// dependency chain ends in an ESM-only module that jest cannot load. See docs/toolchain.md.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
