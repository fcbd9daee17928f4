/** A fictional draft reform for the demo dossier: plain text, as a ministry would send it. */
export const DEMO_DRAFT_TITLE = 'Labour Code (Amendment) Bill 2026';

export const DEMO_DRAFT = `Labour Code (Amendment) Bill 2026

Chapter I - General provisions

Article 1 - Purpose
This Act amends the Labour Code to give full effect to the Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87) and the Right to Organise and Collective Bargaining Convention, 1949 (No. 98).

Article 2 - Scope
1. This Act applies to all workers and employers, including in export processing zones.
2. Members of the armed forces and the police are excluded, as provided by a special law.

Chapter II - Freedom of association

Article 3 - Right to organise
1. Workers and employers, without distinction whatsoever, have the right to establish and to join organisations of their own choosing without previous authorisation.
2. An organisation acquires legal personality upon registration with the Registrar of Trade Unions within thirty days of its founding meeting.

Article 4 - Registration
1. The Registrar shall register an organisation within sixty days of receiving a complete application.
2. The Registrar may refuse registration where the constitution of the organisation does not comply with this Act.

Article 5 - Protection against anti-union discrimination
No worker shall be dismissed or otherwise prejudiced by reason of union membership or participation in union activities outside working hours or, with the consent of the employer, within working hours.

Chapter III - Collective bargaining

Article 6 - Duty to bargain in good faith
Employers and organisations of workers shall bargain in good faith with a view to concluding collective agreements.

Article 7 - Collective agreements
1. A collective agreement binds the parties that signed it and the workers they represent for a period of three years.
2. The Minister may extend a collective agreement to a whole sector after consulting the most representative organisations of employers and workers.

Chapter IV - Final provisions

Article 8 - Tripartite consultation
The Minister shall consult the most representative organisations of employers and workers on any regulation made under this Act.

Article 9 - Entry into force
This Act enters into force six months after its publication in the Official Gazette.
`;
