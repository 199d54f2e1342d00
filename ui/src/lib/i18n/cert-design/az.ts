/** The certificate design (template, logo) and publishing screens' messages; spread into each locale's catalogue. */
export const azCertDesign = {
  "certdesign.ready": "Hazırdır.",
};
